/**
 */
package nl.leerkring.model.impl;

import java.util.Collection;

import nl.leerkring.model.Capture;
import nl.leerkring.model.LeerkringPackage;
import nl.leerkring.model.LocalizedText;
import nl.leerkring.model.Role;
import nl.leerkring.model.Step;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.impl.StepImpl#getId <em>Id</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.StepImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.StepImpl#getInstruction <em>Instruction</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.StepImpl#getPrompt <em>Prompt</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.StepImpl#getTimeboxMinutes <em>Timebox Minutes</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.StepImpl#isTimeboxSourced <em>Timebox Sourced</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.StepImpl#isPerCase <em>Per Case</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.StepImpl#isSubgroups <em>Subgroups</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.StepImpl#getCaptures <em>Captures</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.StepImpl#getActiveRoles <em>Active Roles</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.StepImpl#isSkippable <em>Skippable</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.StepImpl#isRepeatPerParticipant <em>Repeat Per Participant</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.StepImpl#getTips <em>Tips</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StepImpl extends MinimalEObjectImpl.Container implements Step {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText title;

	/**
	 * The cached value of the '{@link #getInstruction() <em>Instruction</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstruction()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText instruction;

	/**
	 * The cached value of the '{@link #getPrompt() <em>Prompt</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrompt()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText prompt;

	/**
	 * The default value of the '{@link #getTimeboxMinutes() <em>Timebox Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeboxMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int TIMEBOX_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTimeboxMinutes() <em>Timebox Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeboxMinutes()
	 * @generated
	 * @ordered
	 */
	protected int timeboxMinutes = TIMEBOX_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #isTimeboxSourced() <em>Timebox Sourced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTimeboxSourced()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TIMEBOX_SOURCED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTimeboxSourced() <em>Timebox Sourced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTimeboxSourced()
	 * @generated
	 * @ordered
	 */
	protected boolean timeboxSourced = TIMEBOX_SOURCED_EDEFAULT;

	/**
	 * The default value of the '{@link #isPerCase() <em>Per Case</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPerCase()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PER_CASE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPerCase() <em>Per Case</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPerCase()
	 * @generated
	 * @ordered
	 */
	protected boolean perCase = PER_CASE_EDEFAULT;

	/**
	 * The default value of the '{@link #isSubgroups() <em>Subgroups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSubgroups()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SUBGROUPS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSubgroups() <em>Subgroups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSubgroups()
	 * @generated
	 * @ordered
	 */
	protected boolean subgroups = SUBGROUPS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCaptures() <em>Captures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaptures()
	 * @generated
	 * @ordered
	 */
	protected EList<Capture> captures;

	/**
	 * The cached value of the '{@link #getActiveRoles() <em>Active Roles</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> activeRoles;

	/**
	 * The default value of the '{@link #isSkippable() <em>Skippable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSkippable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SKIPPABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSkippable() <em>Skippable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSkippable()
	 * @generated
	 * @ordered
	 */
	protected boolean skippable = SKIPPABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isRepeatPerParticipant() <em>Repeat Per Participant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRepeatPerParticipant()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REPEAT_PER_PARTICIPANT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRepeatPerParticipant() <em>Repeat Per Participant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRepeatPerParticipant()
	 * @generated
	 * @ordered
	 */
	protected boolean repeatPerParticipant = REPEAT_PER_PARTICIPANT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTips() <em>Tips</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTips()
	 * @generated
	 * @ordered
	 */
	protected EList<LocalizedText> tips;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LeerkringPackage.Literals.STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.STEP__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTitle(LocalizedText newTitle, NotificationChain msgs) {
		LocalizedText oldTitle = title;
		title = newTitle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LeerkringPackage.STEP__TITLE, oldTitle, newTitle);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(LocalizedText newTitle) {
		if (newTitle != title) {
			NotificationChain msgs = null;
			if (title != null)
				msgs = ((InternalEObject)title).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LeerkringPackage.STEP__TITLE, null, msgs);
			if (newTitle != null)
				msgs = ((InternalEObject)newTitle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LeerkringPackage.STEP__TITLE, null, msgs);
			msgs = basicSetTitle(newTitle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.STEP__TITLE, newTitle, newTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getInstruction() {
		return instruction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInstruction(LocalizedText newInstruction, NotificationChain msgs) {
		LocalizedText oldInstruction = instruction;
		instruction = newInstruction;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LeerkringPackage.STEP__INSTRUCTION, oldInstruction, newInstruction);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstruction(LocalizedText newInstruction) {
		if (newInstruction != instruction) {
			NotificationChain msgs = null;
			if (instruction != null)
				msgs = ((InternalEObject)instruction).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LeerkringPackage.STEP__INSTRUCTION, null, msgs);
			if (newInstruction != null)
				msgs = ((InternalEObject)newInstruction).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LeerkringPackage.STEP__INSTRUCTION, null, msgs);
			msgs = basicSetInstruction(newInstruction, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.STEP__INSTRUCTION, newInstruction, newInstruction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getPrompt() {
		return prompt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPrompt(LocalizedText newPrompt, NotificationChain msgs) {
		LocalizedText oldPrompt = prompt;
		prompt = newPrompt;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LeerkringPackage.STEP__PROMPT, oldPrompt, newPrompt);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrompt(LocalizedText newPrompt) {
		if (newPrompt != prompt) {
			NotificationChain msgs = null;
			if (prompt != null)
				msgs = ((InternalEObject)prompt).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LeerkringPackage.STEP__PROMPT, null, msgs);
			if (newPrompt != null)
				msgs = ((InternalEObject)newPrompt).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LeerkringPackage.STEP__PROMPT, null, msgs);
			msgs = basicSetPrompt(newPrompt, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.STEP__PROMPT, newPrompt, newPrompt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTimeboxMinutes() {
		return timeboxMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeboxMinutes(int newTimeboxMinutes) {
		int oldTimeboxMinutes = timeboxMinutes;
		timeboxMinutes = newTimeboxMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.STEP__TIMEBOX_MINUTES, oldTimeboxMinutes, timeboxMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTimeboxSourced() {
		return timeboxSourced;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeboxSourced(boolean newTimeboxSourced) {
		boolean oldTimeboxSourced = timeboxSourced;
		timeboxSourced = newTimeboxSourced;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.STEP__TIMEBOX_SOURCED, oldTimeboxSourced, timeboxSourced));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPerCase() {
		return perCase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerCase(boolean newPerCase) {
		boolean oldPerCase = perCase;
		perCase = newPerCase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.STEP__PER_CASE, oldPerCase, perCase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSubgroups() {
		return subgroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubgroups(boolean newSubgroups) {
		boolean oldSubgroups = subgroups;
		subgroups = newSubgroups;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.STEP__SUBGROUPS, oldSubgroups, subgroups));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Capture> getCaptures() {
		if (captures == null) {
			captures = new EObjectContainmentEList<Capture>(Capture.class, this, LeerkringPackage.STEP__CAPTURES);
		}
		return captures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Role> getActiveRoles() {
		if (activeRoles == null) {
			activeRoles = new EObjectResolvingEList<Role>(Role.class, this, LeerkringPackage.STEP__ACTIVE_ROLES);
		}
		return activeRoles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSkippable() {
		return skippable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSkippable(boolean newSkippable) {
		boolean oldSkippable = skippable;
		skippable = newSkippable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.STEP__SKIPPABLE, oldSkippable, skippable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRepeatPerParticipant() {
		return repeatPerParticipant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepeatPerParticipant(boolean newRepeatPerParticipant) {
		boolean oldRepeatPerParticipant = repeatPerParticipant;
		repeatPerParticipant = newRepeatPerParticipant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.STEP__REPEAT_PER_PARTICIPANT, oldRepeatPerParticipant, repeatPerParticipant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LocalizedText> getTips() {
		if (tips == null) {
			tips = new EObjectContainmentEList<LocalizedText>(LocalizedText.class, this, LeerkringPackage.STEP__TIPS);
		}
		return tips;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LeerkringPackage.STEP__TITLE:
				return basicSetTitle(null, msgs);
			case LeerkringPackage.STEP__INSTRUCTION:
				return basicSetInstruction(null, msgs);
			case LeerkringPackage.STEP__PROMPT:
				return basicSetPrompt(null, msgs);
			case LeerkringPackage.STEP__CAPTURES:
				return ((InternalEList<?>)getCaptures()).basicRemove(otherEnd, msgs);
			case LeerkringPackage.STEP__TIPS:
				return ((InternalEList<?>)getTips()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LeerkringPackage.STEP__ID:
				return getId();
			case LeerkringPackage.STEP__TITLE:
				return getTitle();
			case LeerkringPackage.STEP__INSTRUCTION:
				return getInstruction();
			case LeerkringPackage.STEP__PROMPT:
				return getPrompt();
			case LeerkringPackage.STEP__TIMEBOX_MINUTES:
				return getTimeboxMinutes();
			case LeerkringPackage.STEP__TIMEBOX_SOURCED:
				return isTimeboxSourced();
			case LeerkringPackage.STEP__PER_CASE:
				return isPerCase();
			case LeerkringPackage.STEP__SUBGROUPS:
				return isSubgroups();
			case LeerkringPackage.STEP__CAPTURES:
				return getCaptures();
			case LeerkringPackage.STEP__ACTIVE_ROLES:
				return getActiveRoles();
			case LeerkringPackage.STEP__SKIPPABLE:
				return isSkippable();
			case LeerkringPackage.STEP__REPEAT_PER_PARTICIPANT:
				return isRepeatPerParticipant();
			case LeerkringPackage.STEP__TIPS:
				return getTips();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LeerkringPackage.STEP__ID:
				setId((String)newValue);
				return;
			case LeerkringPackage.STEP__TITLE:
				setTitle((LocalizedText)newValue);
				return;
			case LeerkringPackage.STEP__INSTRUCTION:
				setInstruction((LocalizedText)newValue);
				return;
			case LeerkringPackage.STEP__PROMPT:
				setPrompt((LocalizedText)newValue);
				return;
			case LeerkringPackage.STEP__TIMEBOX_MINUTES:
				setTimeboxMinutes((Integer)newValue);
				return;
			case LeerkringPackage.STEP__TIMEBOX_SOURCED:
				setTimeboxSourced((Boolean)newValue);
				return;
			case LeerkringPackage.STEP__PER_CASE:
				setPerCase((Boolean)newValue);
				return;
			case LeerkringPackage.STEP__SUBGROUPS:
				setSubgroups((Boolean)newValue);
				return;
			case LeerkringPackage.STEP__CAPTURES:
				getCaptures().clear();
				getCaptures().addAll((Collection<? extends Capture>)newValue);
				return;
			case LeerkringPackage.STEP__ACTIVE_ROLES:
				getActiveRoles().clear();
				getActiveRoles().addAll((Collection<? extends Role>)newValue);
				return;
			case LeerkringPackage.STEP__SKIPPABLE:
				setSkippable((Boolean)newValue);
				return;
			case LeerkringPackage.STEP__REPEAT_PER_PARTICIPANT:
				setRepeatPerParticipant((Boolean)newValue);
				return;
			case LeerkringPackage.STEP__TIPS:
				getTips().clear();
				getTips().addAll((Collection<? extends LocalizedText>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LeerkringPackage.STEP__ID:
				setId(ID_EDEFAULT);
				return;
			case LeerkringPackage.STEP__TITLE:
				setTitle((LocalizedText)null);
				return;
			case LeerkringPackage.STEP__INSTRUCTION:
				setInstruction((LocalizedText)null);
				return;
			case LeerkringPackage.STEP__PROMPT:
				setPrompt((LocalizedText)null);
				return;
			case LeerkringPackage.STEP__TIMEBOX_MINUTES:
				setTimeboxMinutes(TIMEBOX_MINUTES_EDEFAULT);
				return;
			case LeerkringPackage.STEP__TIMEBOX_SOURCED:
				setTimeboxSourced(TIMEBOX_SOURCED_EDEFAULT);
				return;
			case LeerkringPackage.STEP__PER_CASE:
				setPerCase(PER_CASE_EDEFAULT);
				return;
			case LeerkringPackage.STEP__SUBGROUPS:
				setSubgroups(SUBGROUPS_EDEFAULT);
				return;
			case LeerkringPackage.STEP__CAPTURES:
				getCaptures().clear();
				return;
			case LeerkringPackage.STEP__ACTIVE_ROLES:
				getActiveRoles().clear();
				return;
			case LeerkringPackage.STEP__SKIPPABLE:
				setSkippable(SKIPPABLE_EDEFAULT);
				return;
			case LeerkringPackage.STEP__REPEAT_PER_PARTICIPANT:
				setRepeatPerParticipant(REPEAT_PER_PARTICIPANT_EDEFAULT);
				return;
			case LeerkringPackage.STEP__TIPS:
				getTips().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LeerkringPackage.STEP__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case LeerkringPackage.STEP__TITLE:
				return title != null;
			case LeerkringPackage.STEP__INSTRUCTION:
				return instruction != null;
			case LeerkringPackage.STEP__PROMPT:
				return prompt != null;
			case LeerkringPackage.STEP__TIMEBOX_MINUTES:
				return timeboxMinutes != TIMEBOX_MINUTES_EDEFAULT;
			case LeerkringPackage.STEP__TIMEBOX_SOURCED:
				return timeboxSourced != TIMEBOX_SOURCED_EDEFAULT;
			case LeerkringPackage.STEP__PER_CASE:
				return perCase != PER_CASE_EDEFAULT;
			case LeerkringPackage.STEP__SUBGROUPS:
				return subgroups != SUBGROUPS_EDEFAULT;
			case LeerkringPackage.STEP__CAPTURES:
				return captures != null && !captures.isEmpty();
			case LeerkringPackage.STEP__ACTIVE_ROLES:
				return activeRoles != null && !activeRoles.isEmpty();
			case LeerkringPackage.STEP__SKIPPABLE:
				return skippable != SKIPPABLE_EDEFAULT;
			case LeerkringPackage.STEP__REPEAT_PER_PARTICIPANT:
				return repeatPerParticipant != REPEAT_PER_PARTICIPANT_EDEFAULT;
			case LeerkringPackage.STEP__TIPS:
				return tips != null && !tips.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", timeboxMinutes: ");
		result.append(timeboxMinutes);
		result.append(", timeboxSourced: ");
		result.append(timeboxSourced);
		result.append(", perCase: ");
		result.append(perCase);
		result.append(", subgroups: ");
		result.append(subgroups);
		result.append(", skippable: ");
		result.append(skippable);
		result.append(", repeatPerParticipant: ");
		result.append(repeatPerParticipant);
		result.append(')');
		return result.toString();
	}

} //StepImpl
