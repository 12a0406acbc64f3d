/**
 */
package nl.leerkring.model.impl;

import java.time.Instant;

import java.util.Collection;
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.Item;
import nl.leerkring.model.LeerkringPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.impl.ItemImpl#getId <em>Id</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ItemImpl#getKindId <em>Kind Id</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ItemImpl#getStepId <em>Step Id</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ItemImpl#getText <em>Text</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ItemImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ItemImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ItemImpl#isChosen <em>Chosen</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ItemImpl#getSubgroup <em>Subgroup</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ItemImpl#getMarks <em>Marks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ItemImpl extends MinimalEObjectImpl.Container implements Item {
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
	 * The default value of the '{@link #getKindId() <em>Kind Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKindId()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKindId() <em>Kind Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKindId()
	 * @generated
	 * @ordered
	 */
	protected String kindId = KIND_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getStepId() <em>Step Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepId()
	 * @generated
	 * @ordered
	 */
	protected static final String STEP_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStepId() <em>Step Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepId()
	 * @generated
	 * @ordered
	 */
	protected String stepId = STEP_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #isChosen() <em>Chosen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isChosen()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CHOSEN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isChosen() <em>Chosen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isChosen()
	 * @generated
	 * @ordered
	 */
	protected boolean chosen = CHOSEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubgroup() <em>Subgroup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubgroup()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBGROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubgroup() <em>Subgroup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubgroup()
	 * @generated
	 * @ordered
	 */
	protected String subgroup = SUBGROUP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMarks() <em>Marks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarks()
	 * @generated
	 * @ordered
	 */
	protected EList<CodeMark> marks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LeerkringPackage.Literals.ITEM;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.ITEM__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKindId() {
		return kindId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKindId(String newKindId) {
		String oldKindId = kindId;
		kindId = newKindId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.ITEM__KIND_ID, oldKindId, kindId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStepId() {
		return stepId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStepId(String newStepId) {
		String oldStepId = stepId;
		stepId = newStepId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.ITEM__STEP_ID, oldStepId, stepId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.ITEM__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.ITEM__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Instant newCreatedAt) {
		Instant oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.ITEM__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isChosen() {
		return chosen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChosen(boolean newChosen) {
		boolean oldChosen = chosen;
		chosen = newChosen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.ITEM__CHOSEN, oldChosen, chosen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubgroup() {
		return subgroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubgroup(String newSubgroup) {
		String oldSubgroup = subgroup;
		subgroup = newSubgroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.ITEM__SUBGROUP, oldSubgroup, subgroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CodeMark> getMarks() {
		if (marks == null) {
			marks = new EObjectContainmentEList<CodeMark>(CodeMark.class, this, LeerkringPackage.ITEM__MARKS);
		}
		return marks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LeerkringPackage.ITEM__MARKS:
				return ((InternalEList<?>)getMarks()).basicRemove(otherEnd, msgs);
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
			case LeerkringPackage.ITEM__ID:
				return getId();
			case LeerkringPackage.ITEM__KIND_ID:
				return getKindId();
			case LeerkringPackage.ITEM__STEP_ID:
				return getStepId();
			case LeerkringPackage.ITEM__TEXT:
				return getText();
			case LeerkringPackage.ITEM__AUTHOR:
				return getAuthor();
			case LeerkringPackage.ITEM__CREATED_AT:
				return getCreatedAt();
			case LeerkringPackage.ITEM__CHOSEN:
				return isChosen();
			case LeerkringPackage.ITEM__SUBGROUP:
				return getSubgroup();
			case LeerkringPackage.ITEM__MARKS:
				return getMarks();
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
			case LeerkringPackage.ITEM__ID:
				setId((String)newValue);
				return;
			case LeerkringPackage.ITEM__KIND_ID:
				setKindId((String)newValue);
				return;
			case LeerkringPackage.ITEM__STEP_ID:
				setStepId((String)newValue);
				return;
			case LeerkringPackage.ITEM__TEXT:
				setText((String)newValue);
				return;
			case LeerkringPackage.ITEM__AUTHOR:
				setAuthor((String)newValue);
				return;
			case LeerkringPackage.ITEM__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case LeerkringPackage.ITEM__CHOSEN:
				setChosen((Boolean)newValue);
				return;
			case LeerkringPackage.ITEM__SUBGROUP:
				setSubgroup((String)newValue);
				return;
			case LeerkringPackage.ITEM__MARKS:
				getMarks().clear();
				getMarks().addAll((Collection<? extends CodeMark>)newValue);
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
			case LeerkringPackage.ITEM__ID:
				setId(ID_EDEFAULT);
				return;
			case LeerkringPackage.ITEM__KIND_ID:
				setKindId(KIND_ID_EDEFAULT);
				return;
			case LeerkringPackage.ITEM__STEP_ID:
				setStepId(STEP_ID_EDEFAULT);
				return;
			case LeerkringPackage.ITEM__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case LeerkringPackage.ITEM__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case LeerkringPackage.ITEM__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case LeerkringPackage.ITEM__CHOSEN:
				setChosen(CHOSEN_EDEFAULT);
				return;
			case LeerkringPackage.ITEM__SUBGROUP:
				setSubgroup(SUBGROUP_EDEFAULT);
				return;
			case LeerkringPackage.ITEM__MARKS:
				getMarks().clear();
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
			case LeerkringPackage.ITEM__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case LeerkringPackage.ITEM__KIND_ID:
				return KIND_ID_EDEFAULT == null ? kindId != null : !KIND_ID_EDEFAULT.equals(kindId);
			case LeerkringPackage.ITEM__STEP_ID:
				return STEP_ID_EDEFAULT == null ? stepId != null : !STEP_ID_EDEFAULT.equals(stepId);
			case LeerkringPackage.ITEM__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case LeerkringPackage.ITEM__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case LeerkringPackage.ITEM__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case LeerkringPackage.ITEM__CHOSEN:
				return chosen != CHOSEN_EDEFAULT;
			case LeerkringPackage.ITEM__SUBGROUP:
				return SUBGROUP_EDEFAULT == null ? subgroup != null : !SUBGROUP_EDEFAULT.equals(subgroup);
			case LeerkringPackage.ITEM__MARKS:
				return marks != null && !marks.isEmpty();
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
		result.append(", kindId: ");
		result.append(kindId);
		result.append(", stepId: ");
		result.append(stepId);
		result.append(", text: ");
		result.append(text);
		result.append(", author: ");
		result.append(author);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", chosen: ");
		result.append(chosen);
		result.append(", subgroup: ");
		result.append(subgroup);
		result.append(')');
		return result.toString();
	}

} //ItemImpl
