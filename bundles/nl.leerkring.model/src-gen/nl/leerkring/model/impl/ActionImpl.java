/**
 */
package nl.leerkring.model.impl;

import java.time.LocalDate;

import java.util.Collection;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionReason;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.LeerkringPackage;

import nl.leerkring.model.ProgressNote;
import nl.leerkring.model.StatusChange;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.impl.ActionImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ActionImpl#getOwnerId <em>Owner Id</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ActionImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ActionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ActionImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ActionImpl#getLearning <em>Learning</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ActionImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ActionImpl#getCarryOverCount <em>Carry Over Count</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ActionImpl#getFollowsActionId <em>Follows Action Id</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ActionImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.ActionImpl#getHistory <em>History</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActionImpl extends ItemImpl implements Action {
	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwnerId() <em>Owner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerId()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwnerId() <em>Owner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerId()
	 * @generated
	 * @ordered
	 */
	protected String ownerId = OWNER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueDate = DUE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ActionStatus STATUS_EDEFAULT = ActionStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ActionStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTCOME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected String outcome = OUTCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getLearning() <em>Learning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearning()
	 * @generated
	 * @ordered
	 */
	protected static final String LEARNING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLearning() <em>Learning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearning()
	 * @generated
	 * @ordered
	 */
	protected String learning = LEARNING_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final ActionReason REASON_EDEFAULT = ActionReason.NONE;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected ActionReason reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getCarryOverCount() <em>Carry Over Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCarryOverCount()
	 * @generated
	 * @ordered
	 */
	protected static final int CARRY_OVER_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCarryOverCount() <em>Carry Over Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCarryOverCount()
	 * @generated
	 * @ordered
	 */
	protected int carryOverCount = CARRY_OVER_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFollowsActionId() <em>Follows Action Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowsActionId()
	 * @generated
	 * @ordered
	 */
	protected static final String FOLLOWS_ACTION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFollowsActionId() <em>Follows Action Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowsActionId()
	 * @generated
	 * @ordered
	 */
	protected String followsActionId = FOLLOWS_ACTION_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<ProgressNote> notes;

	/**
	 * The cached value of the '{@link #getHistory() <em>History</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHistory()
	 * @generated
	 * @ordered
	 */
	protected EList<StatusChange> history;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LeerkringPackage.Literals.ACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.ACTION__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwnerId() {
		return ownerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerId(String newOwnerId) {
		String oldOwnerId = ownerId;
		ownerId = newOwnerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.ACTION__OWNER_ID, oldOwnerId, ownerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueDate() {
		return dueDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDate(LocalDate newDueDate) {
		LocalDate oldDueDate = dueDate;
		dueDate = newDueDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.ACTION__DUE_DATE, oldDueDate, dueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ActionStatus newStatus) {
		ActionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.ACTION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(String newOutcome) {
		String oldOutcome = outcome;
		outcome = newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.ACTION__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLearning() {
		return learning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLearning(String newLearning) {
		String oldLearning = learning;
		learning = newLearning;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.ACTION__LEARNING, oldLearning, learning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionReason getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(ActionReason newReason) {
		ActionReason oldReason = reason;
		reason = newReason == null ? REASON_EDEFAULT : newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.ACTION__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCarryOverCount() {
		return carryOverCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCarryOverCount(int newCarryOverCount) {
		int oldCarryOverCount = carryOverCount;
		carryOverCount = newCarryOverCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.ACTION__CARRY_OVER_COUNT, oldCarryOverCount, carryOverCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFollowsActionId() {
		return followsActionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFollowsActionId(String newFollowsActionId) {
		String oldFollowsActionId = followsActionId;
		followsActionId = newFollowsActionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.ACTION__FOLLOWS_ACTION_ID, oldFollowsActionId, followsActionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProgressNote> getNotes() {
		if (notes == null) {
			notes = new EObjectContainmentEList<ProgressNote>(ProgressNote.class, this, LeerkringPackage.ACTION__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StatusChange> getHistory() {
		if (history == null) {
			history = new EObjectContainmentEList<StatusChange>(StatusChange.class, this, LeerkringPackage.ACTION__HISTORY);
		}
		return history;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LeerkringPackage.ACTION__NOTES:
				return ((InternalEList<?>)getNotes()).basicRemove(otherEnd, msgs);
			case LeerkringPackage.ACTION__HISTORY:
				return ((InternalEList<?>)getHistory()).basicRemove(otherEnd, msgs);
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
			case LeerkringPackage.ACTION__OWNER:
				return getOwner();
			case LeerkringPackage.ACTION__OWNER_ID:
				return getOwnerId();
			case LeerkringPackage.ACTION__DUE_DATE:
				return getDueDate();
			case LeerkringPackage.ACTION__STATUS:
				return getStatus();
			case LeerkringPackage.ACTION__OUTCOME:
				return getOutcome();
			case LeerkringPackage.ACTION__LEARNING:
				return getLearning();
			case LeerkringPackage.ACTION__REASON:
				return getReason();
			case LeerkringPackage.ACTION__CARRY_OVER_COUNT:
				return getCarryOverCount();
			case LeerkringPackage.ACTION__FOLLOWS_ACTION_ID:
				return getFollowsActionId();
			case LeerkringPackage.ACTION__NOTES:
				return getNotes();
			case LeerkringPackage.ACTION__HISTORY:
				return getHistory();
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
			case LeerkringPackage.ACTION__OWNER:
				setOwner((String)newValue);
				return;
			case LeerkringPackage.ACTION__OWNER_ID:
				setOwnerId((String)newValue);
				return;
			case LeerkringPackage.ACTION__DUE_DATE:
				setDueDate((LocalDate)newValue);
				return;
			case LeerkringPackage.ACTION__STATUS:
				setStatus((ActionStatus)newValue);
				return;
			case LeerkringPackage.ACTION__OUTCOME:
				setOutcome((String)newValue);
				return;
			case LeerkringPackage.ACTION__LEARNING:
				setLearning((String)newValue);
				return;
			case LeerkringPackage.ACTION__REASON:
				setReason((ActionReason)newValue);
				return;
			case LeerkringPackage.ACTION__CARRY_OVER_COUNT:
				setCarryOverCount((Integer)newValue);
				return;
			case LeerkringPackage.ACTION__FOLLOWS_ACTION_ID:
				setFollowsActionId((String)newValue);
				return;
			case LeerkringPackage.ACTION__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends ProgressNote>)newValue);
				return;
			case LeerkringPackage.ACTION__HISTORY:
				getHistory().clear();
				getHistory().addAll((Collection<? extends StatusChange>)newValue);
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
			case LeerkringPackage.ACTION__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case LeerkringPackage.ACTION__OWNER_ID:
				setOwnerId(OWNER_ID_EDEFAULT);
				return;
			case LeerkringPackage.ACTION__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case LeerkringPackage.ACTION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case LeerkringPackage.ACTION__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case LeerkringPackage.ACTION__LEARNING:
				setLearning(LEARNING_EDEFAULT);
				return;
			case LeerkringPackage.ACTION__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case LeerkringPackage.ACTION__CARRY_OVER_COUNT:
				setCarryOverCount(CARRY_OVER_COUNT_EDEFAULT);
				return;
			case LeerkringPackage.ACTION__FOLLOWS_ACTION_ID:
				setFollowsActionId(FOLLOWS_ACTION_ID_EDEFAULT);
				return;
			case LeerkringPackage.ACTION__NOTES:
				getNotes().clear();
				return;
			case LeerkringPackage.ACTION__HISTORY:
				getHistory().clear();
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
			case LeerkringPackage.ACTION__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case LeerkringPackage.ACTION__OWNER_ID:
				return OWNER_ID_EDEFAULT == null ? ownerId != null : !OWNER_ID_EDEFAULT.equals(ownerId);
			case LeerkringPackage.ACTION__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case LeerkringPackage.ACTION__STATUS:
				return status != STATUS_EDEFAULT;
			case LeerkringPackage.ACTION__OUTCOME:
				return OUTCOME_EDEFAULT == null ? outcome != null : !OUTCOME_EDEFAULT.equals(outcome);
			case LeerkringPackage.ACTION__LEARNING:
				return LEARNING_EDEFAULT == null ? learning != null : !LEARNING_EDEFAULT.equals(learning);
			case LeerkringPackage.ACTION__REASON:
				return reason != REASON_EDEFAULT;
			case LeerkringPackage.ACTION__CARRY_OVER_COUNT:
				return carryOverCount != CARRY_OVER_COUNT_EDEFAULT;
			case LeerkringPackage.ACTION__FOLLOWS_ACTION_ID:
				return FOLLOWS_ACTION_ID_EDEFAULT == null ? followsActionId != null : !FOLLOWS_ACTION_ID_EDEFAULT.equals(followsActionId);
			case LeerkringPackage.ACTION__NOTES:
				return notes != null && !notes.isEmpty();
			case LeerkringPackage.ACTION__HISTORY:
				return history != null && !history.isEmpty();
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
		result.append(" (owner: ");
		result.append(owner);
		result.append(", ownerId: ");
		result.append(ownerId);
		result.append(", dueDate: ");
		result.append(dueDate);
		result.append(", status: ");
		result.append(status);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", learning: ");
		result.append(learning);
		result.append(", reason: ");
		result.append(reason);
		result.append(", carryOverCount: ");
		result.append(carryOverCount);
		result.append(", followsActionId: ");
		result.append(followsActionId);
		result.append(')');
		return result.toString();
	}

} //ActionImpl
