/**
 */
package nl.leerkring.model;

import java.time.LocalDate;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An item someone will act on after the session; its text is the description. Whether it is overdue is derived from the due date, never stored.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.Action#getOwner <em>Owner</em>}</li>
 *   <li>{@link nl.leerkring.model.Action#getOwnerId <em>Owner Id</em>}</li>
 *   <li>{@link nl.leerkring.model.Action#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link nl.leerkring.model.Action#getStatus <em>Status</em>}</li>
 *   <li>{@link nl.leerkring.model.Action#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link nl.leerkring.model.Action#getLearning <em>Learning</em>}</li>
 *   <li>{@link nl.leerkring.model.Action#getReason <em>Reason</em>}</li>
 *   <li>{@link nl.leerkring.model.Action#getCarryOverCount <em>Carry Over Count</em>}</li>
 *   <li>{@link nl.leerkring.model.Action#getFollowsActionId <em>Follows Action Id</em>}</li>
 *   <li>{@link nl.leerkring.model.Action#getNotes <em>Notes</em>}</li>
 *   <li>{@link nl.leerkring.model.Action#getHistory <em>History</em>}</li>
 * </ul>
 *
 * @see nl.leerkring.model.LeerkringPackage#getAction()
 * @model
 * @generated
 */
public interface Action extends Item {
	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see nl.leerkring.model.LeerkringPackage#getAction_Owner()
	 * @model required="true"
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Action#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Owner Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person who owns the action; the owner's name is kept beside it as it was written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner Id</em>' attribute.
	 * @see #setOwnerId(String)
	 * @see nl.leerkring.model.LeerkringPackage#getAction_OwnerId()
	 * @model
	 * @generated
	 */
	String getOwnerId();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Action#getOwnerId <em>Owner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Id</em>' attribute.
	 * @see #getOwnerId()
	 * @generated
	 */
	void setOwnerId(String value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the action is due; empty means "at the group's next session".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see nl.leerkring.model.LeerkringPackage#getAction_DueDate()
	 * @model dataType="nl.leerkring.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Action#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"OPEN"</code>.
	 * The literals are from the enumeration {@link nl.leerkring.model.ActionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see nl.leerkring.model.ActionStatus
	 * @see #setStatus(ActionStatus)
	 * @see nl.leerkring.model.LeerkringPackage#getAction_Status()
	 * @model default="OPEN"
	 * @generated
	 */
	ActionStatus getStatus();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Action#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see nl.leerkring.model.ActionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActionStatus value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What carrying out the action brought, told when it is done.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see #setOutcome(String)
	 * @see nl.leerkring.model.LeerkringPackage#getAction_Outcome()
	 * @model
	 * @generated
	 */
	String getOutcome();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Action#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(String value);

	/**
	 * Returns the value of the '<em><b>Learning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the owner learned from it; shown in the group's series.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Learning</em>' attribute.
	 * @see #setLearning(String)
	 * @see nl.leerkring.model.LeerkringPackage#getAction_Learning()
	 * @model
	 * @generated
	 */
	String getLearning();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Action#getLearning <em>Learning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning</em>' attribute.
	 * @see #getLearning()
	 * @generated
	 */
	void setLearning(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.leerkring.model.ActionReason}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the action was not carried out or was dropped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see nl.leerkring.model.ActionReason
	 * @see #setReason(ActionReason)
	 * @see nl.leerkring.model.LeerkringPackage#getAction_Reason()
	 * @model
	 * @generated
	 */
	ActionReason getReason();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Action#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see nl.leerkring.model.ActionReason
	 * @see #getReason()
	 * @generated
	 */
	void setReason(ActionReason value);

	/**
	 * Returns the value of the '<em><b>Carry Over Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often the action was carried over to a new due date; leads look at actions carried over more than twice.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Carry Over Count</em>' attribute.
	 * @see #setCarryOverCount(int)
	 * @see nl.leerkring.model.LeerkringPackage#getAction_CarryOverCount()
	 * @model
	 * @generated
	 */
	int getCarryOverCount();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Action#getCarryOverCount <em>Carry Over Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Carry Over Count</em>' attribute.
	 * @see #getCarryOverCount()
	 * @generated
	 */
	void setCarryOverCount(int value);

	/**
	 * Returns the value of the '<em><b>Follows Action Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The action this one follows on from when the group adjusted that one (PDCA "act").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Follows Action Id</em>' attribute.
	 * @see #setFollowsActionId(String)
	 * @see nl.leerkring.model.LeerkringPackage#getAction_FollowsActionId()
	 * @model
	 * @generated
	 */
	String getFollowsActionId();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Action#getFollowsActionId <em>Follows Action Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Follows Action Id</em>' attribute.
	 * @see #getFollowsActionId()
	 * @generated
	 */
	void setFollowsActionId(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leerkring.model.ProgressNote}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see nl.leerkring.model.LeerkringPackage#getAction_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProgressNote> getNotes();

	/**
	 * Returns the value of the '<em><b>History</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leerkring.model.StatusChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every status change, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>History</em>' containment reference list.
	 * @see nl.leerkring.model.LeerkringPackage#getAction_History()
	 * @model containment="true"
	 * @generated
	 */
	EList<StatusChange> getHistory();

} // Action
